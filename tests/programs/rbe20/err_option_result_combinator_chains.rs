// split_once with ok_or_else, map_err to String, ? in Result and Option functions, and_then/map/unwrap_or_default, filter/or/xor.
use std::num::ParseIntError;

fn parse_pair(s: &str) -> Result<(i32, i32), String> {
    let (a, b) = s.split_once(',').ok_or_else(|| format!("no comma in {:?}", s))?;
    let a: i32 = a.trim().parse().map_err(|e: ParseIntError| e.to_string())?;
    let b: i32 = b.trim().parse().map_err(|e: ParseIntError| format!("second: {}", e))?;
    Ok((a, b))
}

fn first_even_doubled(v: &[&str]) -> Option<i32> {
    let n = v.iter().filter_map(|s| s.parse::<i32>().ok()).find(|n| n % 2 == 0)?;
    Some(n * 2)
}

fn main() {
    for s in ["1, 2", "3;4", "x,1", "5, y"] {
        println!("{:?}", parse_pair(s));
    }
    println!("{:?}", first_even_doubled(&["a", "3", "8", "10"]));
    println!("{:?}", first_even_doubled(&["a", "3"]));
    let r: Result<i32, String> = Ok(3);
    let chained = r.and_then(|x| if x > 2 { Ok(x * 10) } else { Err("small".to_string()) }).map(|x| x + 1).unwrap_or_default();
    println!("{}", chained);
    let o: Option<&str> = None;
    println!("{}", o.map(|s| s.len()).unwrap_or(0));
    println!("{:?}", Some(4).filter(|x| x % 2 == 1).or(Some(0)).xor(None::<i32>));
}
// expect: Ok((1, 2))
// expect: Err("no comma in \"3;4\"")
// expect: Err("invalid digit found in string")
// expect: Err("second: invalid digit found in string")
// expect: Some(16)
// expect: None
// expect: 31
// expect: 0
// expect: Some(0)
