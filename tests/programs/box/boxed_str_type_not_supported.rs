// A `Box<str>` in a function's signature is outside the subset: the engine says so at the parameter's type.
fn shout(s: Box<str>) -> String {
    s.to_uppercase()
}

fn main() {
    let b: Box<str> = "hey".into();
    println!("{}", shout(b));
}
// expect: HEY
// unsupported: `Box<str>` (a pointer to a `str`) is not supported yet at 2:13
