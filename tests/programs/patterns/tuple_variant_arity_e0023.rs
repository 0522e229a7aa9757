// A tuple-variant pattern with the wrong number of fields is E0023.
enum Pair {
    Two(i32, i32),
    None,
}

fn main() {
    let p = Pair::Two(1, 2);
    match p {
        Pair::Two(a) => println!("{a}"),
        Pair::None => {}
    }
}
// error: E0023 at 10:19
