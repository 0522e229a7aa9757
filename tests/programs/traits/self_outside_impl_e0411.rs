// `Self` means the impl's type, so outside an impl or trait it names nothing: E0411.
fn make() -> Self {
    0
}

fn main() {
    make();
}
// error: E0411 at 2:14
