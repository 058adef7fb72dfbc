/** Who may rebuild the read models from the event history and have them compared with the live ones. */
package pl.asysta.rebuild.domain;
