import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { ProtectedCustomer360Page } from './Customer360Page';

/** The plugin's pages under /admin/plugins/synergy. */
export const App = () => (
  <Routes>
    <Route index element={<ProtectedCustomer360Page />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);
