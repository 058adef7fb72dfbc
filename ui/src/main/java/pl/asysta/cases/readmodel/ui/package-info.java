/**
 * What a page does after it sent a command: it shows the outcome once the case read model has it, asking the
 * browser to poll meanwhile instead of holding the request.
 */
package pl.asysta.cases.readmodel.ui;
