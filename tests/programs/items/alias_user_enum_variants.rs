// A type alias of the learner's enum names its variants in expressions and patterns.
#[derive(Debug)]
enum Direction {
    North,
    South(u8),
}
type Dir = Direction;

fn main() {
    let d = Dir::South(3);
    match d {
        Dir::North => println!("north"),
        Dir::South(n) => println!("south {}", n),
    }
    println!("{:?}", Dir::North);
}
// expect: south 3
// expect: North
