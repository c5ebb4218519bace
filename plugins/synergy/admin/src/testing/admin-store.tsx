import * as React from 'react';
import { configureStore } from '@reduxjs/toolkit';
import { adminApi } from '@strapi/strapi/admin';
import { Provider } from 'react-redux';

// Apart from admin-api-stand-in.ts: that one is loaded by the mock of '@strapi/strapi/admin', this one imports it.
/** The admin store around a component under test; a new one (an empty cache) per mount. */
export const AdminStore = ({ children }: { children: React.ReactNode }) => {
  const [store] = React.useState(() =>
    configureStore({
      reducer: { [adminApi.reducerPath]: adminApi.reducer },
      middleware: (getDefaultMiddleware) => getDefaultMiddleware().concat(adminApi.middleware),
    }),
  );
  return <Provider store={store}>{children}</Provider>;
};
