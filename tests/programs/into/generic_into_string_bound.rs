// A generic S: Into<String> converts through its bound; an instance whose From impl is std's (a &str, a String, a char into a String) is not supported yet, said at the call.
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
// unsupported: this use of `greet::<&str>` is not supported yet
