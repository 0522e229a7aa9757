// A debug_struct field whose value has no Debug impl is E0277 at the value, as rustc reports the `&dyn Debug` coercion.
use std::fmt;

struct Secret(u32);

struct Vault {
    secret: Secret,
}

impl fmt::Debug for Vault {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Vault").field("secret", &self.secret).finish()
    }
}

fn main() {
    println!("{:?}", Vault { secret: Secret(1) });
}
// error: E0277 at 12:49
