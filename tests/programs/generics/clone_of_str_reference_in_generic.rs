// A generic `T: Clone` given `&"hi"` clones the `&str` (T is &str), as it clones a String or an integer: each instance clones its own T.
fn dup<T: Clone>(x: &T) -> (T, T) {
    (x.clone(), x.clone())
}

fn main() {
    let (a, b) = dup(&"hi");
    println!("{} {}", a, b);
    let (c, d) = dup(&String::from("yo"));
    println!("{} {}", c, d);
    let (e, f) = dup(&5);
    println!("{} {}", e, f);
    let words = vec!["x", "y"];
    let copies: Vec<&str> = words.iter().map(|w| w.clone()).collect();
    println!("{:?}", copies);
}
// expect: hi hi
// expect: yo yo
// expect: 5 5
// expect: ["x", "y"]
