// map, map_err, and_then, ok(), unwrap_or_else and the ? chain written with combinators.
fn double(s: &str) -> Result<i32, String> {
    s.parse::<i32>().map_err(|e| format!("bad {s:?}: {e}")).map(|n| n * 2)
}

fn half(n: i32) -> Result<i32, String> {
    if n % 2 == 0 {
        Ok(n / 2)
    } else {
        Err(format!("{n} is odd"))
    }
}

fn main() {
    println!("{:?}", double("21"));
    println!("{:?}", double("x1"));
    println!("{:?}", double("3").and_then(half).and_then(half));
    println!("{:?}", double("7").and_then(half).ok());
    let v = double("q").unwrap_or_else(|e| {
        println!("fallback because {e}");
        0
    });
    println!("{v}");
    let all: Result<Vec<i32>, String> = ["1", "2", "3"].iter().map(|s| double(s)).collect();
    println!("{all:?}");
    let some_bad: Result<Vec<i32>, String> = ["1", "z", "y"].iter().map(|s| double(s)).collect();
    println!("{some_bad:?}");
}
// expect: Ok(42)
// expect: Err("bad \"x1\": invalid digit found in string")
// expect: Err("3 is odd")
// expect: Some(7)
// expect: fallback because bad "q": invalid digit found in string
// expect: 0
// expect: Ok([2, 4, 6])
// expect: Err("bad \"z\": invalid digit found in string")
