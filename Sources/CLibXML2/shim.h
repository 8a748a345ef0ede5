#ifndef TICKETTY_CLIBXML2_SHIM_H
#define TICKETTY_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>
#include <libxml/encoding.h>
#include <libxml/parserInternals.h>

/* libxml2's generic error callback is variadic, which Swift cannot implement. This no-op stands
   in for it so that nothing the library says about broken markup ever reaches the terminal. */
static void ticketty_xml_discard_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/* The generic error handler is per thread in libxml2, so each parsing thread installs it. */
static inline void ticketty_xml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, ticketty_xml_discard_error);
}
#endif
