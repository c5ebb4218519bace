import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { ProtectedBattlecardPage } from './BattlecardPage';
import { ProtectedCustomer360Page } from './Customer360Page';

/** The plugin's pages under /admin/plugins/synergy. */
export const App = () => (
  <Routes>
    <Route index element={<ProtectedCustomer360Page />} />
    <Route path="battlecards/:documentId" element={<ProtectedBattlecardPage />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);
