// A generic S: Into<String> converts through its bound: a &str, a String and a char each become a String by std's From impls in their instances.
fn greet<S: Into<String>>(name: S) -> String {
    let mut s: String = name.into();
    s.push('!');
    s
}

fn shout<T>(x: T) -> usize
where
    T: Into<String>,
{
    let s: String = x.into();
    s.len()
}

fn main() {
    println!("{}", greet("ann"));
    println!("{}", greet(String::from("bob")));
    println!("{}", greet('c'));
    println!("{}", shout("four"));
}
// expect: ann!
// expect: bob!
// expect: c!
// expect: 4
