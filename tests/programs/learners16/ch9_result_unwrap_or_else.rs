// unwrap_or_else, unwrap_or_default, ok(), is_err and and_then on parse results.
fn main() {
    let a: i32 = "8".parse().unwrap_or_else(|_| -1);
    let b: i32 = "eight".parse().unwrap_or_else(|e| {
        println!("fallback because {}", e);
        0
    });
    let c: i32 = "".parse().unwrap_or_default();
    println!("{} {} {}", a, b, c);
    let d = "5".parse::<i32>().ok();
    let e = "x".parse::<i32>().is_err();
    println!("{:?} {}", d, e);
    let f = "6".parse::<i32>().and_then(|n| "7".parse::<i32>().map(|m| n * m));
    println!("{:?}", f);
}
// expect: fallback because invalid digit found in string
// expect: 8 0 0
// expect: Some(5) true
// expect: Ok(42)
