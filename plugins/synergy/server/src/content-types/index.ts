// Plugin content types (reviews, clearances, audit entries) arrive with the workflow and security issues.
export default {};
