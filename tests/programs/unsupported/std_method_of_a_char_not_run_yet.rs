// `char::escape_unicode` is a method std has and the engine does not run: not supported, never E0599.
fn main() {
    let c = 'é';
    println!("{}", c.escape_unicode());
}
// expect: \u{e9}
// unsupported: the method `escape_unicode` of `char`
