// `Text::with_capacity` through an alias of String reserves exactly the asked capacity.
type Text = String;

fn main() {
    let mut t = Text::with_capacity(10);
    t.push_str("abc");
    println!("{} {} {}", t, t.len(), t.capacity());
}
// expect: abc 3 10
