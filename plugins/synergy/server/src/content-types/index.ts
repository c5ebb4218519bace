import clearance from './clearance';

export default {
  clearance,
};
