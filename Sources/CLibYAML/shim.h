#ifndef POLICYLINT_CLIBYAML_SHIM_H
#define POLICYLINT_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
