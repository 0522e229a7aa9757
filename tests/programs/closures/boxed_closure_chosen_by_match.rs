// A function returning Box<dyn Fn(i32, i32) -> i32> chosen by a match on an operator string, with a captured factor in one arm.
fn operation(op: &str, factor: i32) -> Box<dyn Fn(i32, i32) -> i32> {
    match op {
        "+" => Box::new(|a, b| a + b),
        "*" => Box::new(move |a, b| a * b * factor),
        _ => Box::new(|_, _| 0),
    }
}

fn main() {
    let ops = ["+", "*", "?"];
    for op in ops.iter() {
        let f = operation(op, 10);
        println!("{} -> {}", op, f(3, 4));
    }
}
// expect: + -> 7
// expect: * -> 120
// expect: ? -> 0
