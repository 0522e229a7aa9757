// Negative integer literals, a negative range and char literals work as patterns.
fn sign(n: i64) -> &'static str {
    match n {
        i64::MIN..=-1 => "negative",
        0 => "zero",
        _ => "positive",
    }
}

fn main() {
    for n in [-7, 0, 12] {
        println!("{} is {}", n, sign(n));
    }
    let t = -2;
    match t {
        -2 => println!("minus two"),
        -1 | 1 => println!("one away"),
        _ => println!("far"),
    }
    let c = 'y';
    let answer = match c {
        'y' | 'Y' => true,
        'n' | 'N' => false,
        _ => false,
    };
    println!("{}", answer);
}
// expect: -7 is negative
// expect: 0 is zero
// expect: 12 is positive
// expect: minus two
// expect: true
