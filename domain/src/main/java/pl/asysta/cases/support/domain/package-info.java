/**
 * The supporting family (rodzina wspierająca, uwr art. 29-31): the arrangement under which a household helps a
 * family in cooperation with its assistant, the help it logs and the reimbursement of its costs, month by month.
 */
package pl.asysta.cases.support.domain;
