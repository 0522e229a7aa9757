// Matching Option<Option<i32>> with all three shapes, and Option<Result> with a guard.
fn describe(x: Option<Option<i32>>) -> &'static str {
    match x {
        None => "nothing",
        Some(None) => "empty inside",
        Some(Some(n)) if n < 0 => "negative inside",
        Some(Some(_)) => "value inside",
    }
}

fn main() {
    println!("{} {} {} {}", describe(None), describe(Some(None)), describe(Some(Some(-1))), describe(Some(Some(1))));
    let r: Option<Result<i32, String>> = Some(Err(String::from("bad")));
    match r {
        Some(Ok(n)) => println!("ok {}", n),
        Some(Err(ref e)) if e.len() > 2 => println!("long error {}", e),
        Some(Err(e)) => println!("error {}", e),
        None => println!("none"),
    }
}
// expect: nothing empty inside negative inside value inside
// expect: long error bad
