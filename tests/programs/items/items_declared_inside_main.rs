// Functions, structs, enums, consts and `use` may be declared inside a function body and used anywhere in that block.
fn main() {
    let total = add(2, 3);
    println!("{}", total);

    fn add(a: i32, b: i32) -> i32 {
        a + b
    }

    #[derive(Debug)]
    struct Pair {
        left: i32,
        right: i32,
    }

    enum Side {
        Left,
        Right,
    }
    use Side::*;

    const SCALE: i32 = 10;

    let p = Pair { left: total * SCALE, right: 1 };
    for side in [Left, Right] {
        match side {
            Left => println!("left {}", p.left),
            Right => println!("right {}", p.right),
        }
    }
    println!("{:?}", p);
}
// expect: 5
// expect: left 50
// expect: right 1
// expect: Pair { left: 50, right: 1 }
