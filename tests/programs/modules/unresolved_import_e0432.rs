// Importing a name the module does not have is E0432 at the import, whether or not it is used.
mod tools {
    pub fn hammer() {}
}

use tools::saw;

fn main() {
    tools::hammer();
}
// error: E0432 at 6:5
