/** The UI shell: main layout with role-aware navigation, the home page and the user's language. */
package vn.unioncare.shell;
