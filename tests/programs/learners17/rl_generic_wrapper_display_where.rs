// Rustlings-style: `impl<T: Display> Display for Wrapper<T>` and a where clause with two generic parameters.
use std::fmt::{self, Debug, Display};

struct Wrapper<T> {
    value: T,
}

impl<T: Display> Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.value)
    }
}

fn describe<T, U>(a: T, b: U) -> String
where
    T: Display + Clone,
    U: Debug,
{
    format!("{} and {:?}", a.clone(), b)
}

fn main() {
    println!("{}", Wrapper { value: 3 });
    println!("{}", Wrapper { value: "text" });
    println!("{}", Wrapper { value: Wrapper { value: 1.5 } });
    println!("{}", describe("x", vec![1, 2]));
    println!("{}", describe(Wrapper { value: 'c' }.to_string(), Some(()))); 
}
// expect: [3]
// expect: [text]
// expect: [[1.5]]
// expect: x and [1, 2]
// expect: [c] and Some(())
