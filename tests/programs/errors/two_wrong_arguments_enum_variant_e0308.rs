// An enum variant given two arguments of the wrong types: rustc's E0308 "arguments to this enum variant are incorrect" at the variant's path.
#[derive(Debug)]
enum Move {
    Step(i32, char),
}

fn main() {
    let m = Move::Step('n', 3);
    println!("{:?}", m);
}
// error: E0308 at 8:13
