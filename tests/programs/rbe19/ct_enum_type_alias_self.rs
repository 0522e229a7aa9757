// A type alias for a long enum name, and Self inside its impl naming the variants.
enum VeryVerboseEnumOfThingsToDoWithNumbers {
    Add,
    Subtract,
}

type Operations = VeryVerboseEnumOfThingsToDoWithNumbers;

impl VeryVerboseEnumOfThingsToDoWithNumbers {
    fn run(&self, x: i32, y: i32) -> i32 {
        match self {
            Self::Add => x + y,
            Self::Subtract => x - y,
        }
    }
}

fn main() {
    let x = Operations::Add;
    let y = Operations::Subtract;
    println!("{} {}", x.run(10, 4), y.run(10, 4));
}
// expect: 14 6
