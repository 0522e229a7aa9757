// A generic tuple struct's constructor learns its type argument from the items it is called with.
#[derive(Debug)]
struct Pair<T>(T, T);

fn main() {
    let make = Pair;
    let p = make(String::from("a"), String::from("b"));
    let q: Vec<Pair<char>> = "xy".chars().map(|c| (c, c)).map(|(a, b)| Pair(a, b)).collect();
    println!("{:?} {:?} {}", p, q, std::mem::size_of_val(&make));
}
// expect: Pair("a", "b") [Pair('x', 'x'), Pair('y', 'y')] 0
