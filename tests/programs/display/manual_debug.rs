// A hand-written `impl fmt::Debug` is what `{:?}` prints, in place of a derive.
use std::fmt;

struct Secret {
    name: String,
    pin: u32,
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Secret({:?}, pin hidden)", self.name)
    }
}

fn main() {
    let s = Secret { name: String::from("bob"), pin: 1234 };
    println!("{:?}", s);
    println!("{}", s.pin);
}
// expect: Secret("bob", pin hidden)
// expect: 1234
