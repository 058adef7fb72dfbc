/**
 * What every page that reads case data shares with the access policy and the access log: a start page whose lists
 * are recorded as one reading before it is sent, and the recheck that ends what an open page shows once the
 * person may no longer see it.
 */
package pl.asysta.cases.access.ui;
