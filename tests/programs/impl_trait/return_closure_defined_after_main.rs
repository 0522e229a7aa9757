// A function returning `impl Fn` written after main is still known to main: its closure owns a moved String on the heap until the caller drops it.
fn main() {
    let greet = make_greeter(String::from("Ada"));
    println!("{}", greet("hello"));
    println!("{}", greet("bye"));
}

fn make_greeter(name: String) -> impl Fn(&str) -> String {
    move |word| format!("{}, {}", word, name)
}
// expect: hello, Ada
// expect: bye, Ada
