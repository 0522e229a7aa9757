// A `fn` pointer is never null, so `Option<fn()>` is still one word.
fn hello() {
    println!("hello");
}

fn main() {
    let f: Option<fn()> = Some(hello);
    if let Some(g) = f {
        g();
    }
    println!("{}", std::mem::size_of::<Option<fn()>>());
}
// expect: hello
// expect: 8
