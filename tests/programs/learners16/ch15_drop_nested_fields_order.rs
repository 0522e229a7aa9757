// Drop order of a struct holding two Drop fields: the outer's drop first, then fields in declaration order.
struct Part(&'static str);

impl Drop for Part {
    fn drop(&mut self) {
        println!("drop part {}", self.0);
    }
}

struct Machine {
    engine: Part,
    wheels: Part,
}

impl Drop for Machine {
    fn drop(&mut self) {
        println!("drop machine");
    }
}

fn main() {
    let _m = Machine { engine: Part("engine"), wheels: Part("wheels") };
    let v = vec![Part("a"), Part("b")];
    println!("built {}", v.len());
}
// expect: built 2
// expect: drop part a
// expect: drop part b
// expect: drop machine
// expect: drop part engine
// expect: drop part wheels
