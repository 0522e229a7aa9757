// Matching a tuple of an Option and a Result, nested or-patterns, and matches! on an enum.
#[derive(Debug, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
}

fn step(l: &Light) -> Light {
    match l {
        Light::Red => Light::Green,
        Light::Green => Light::Yellow,
        Light::Yellow => Light::Red,
    }
}

fn main() {
    let inputs = [("5", Some(2)), ("x", Some(1)), ("7", None)];
    for (text, div) in inputs {
        let parsed: Result<i32, _> = text.parse::<i32>();
        let msg = match (parsed, div) {
            (Ok(n), Some(d @ (1 | 2))) => format!("{}", n / d),
            (Ok(n), None) => format!("whole {n}"),
            (Ok(_), Some(_)) => "odd divisor".to_string(),
            (Err(e), _) => format!("bad: {e}"),
        };
        println!("{msg}");
    }
    let mut l = Light::Red;
    let mut seen = 0;
    while !matches!(l, Light::Yellow) {
        l = step(&l);
        seen += 1;
    }
    println!("{seen} {:?} {}", l, l == Light::Yellow);
}
// expect: 2
// expect: bad: invalid digit found in string
// expect: whole 7
// expect: 2 Yellow true
