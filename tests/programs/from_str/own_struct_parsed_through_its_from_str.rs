// `"3, 4".parse()` into the program's own struct runs its `impl FromStr`: the Ok value, and the errors its `?` and map_err pass on.
use std::str::FromStr;

#[derive(Debug)]
struct Point { x: i32, y: i32 }

impl FromStr for Point {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parts: Vec<&str> = s.split(',').collect();
        if parts.len() != 2 { return Err(format!("bad point: {}", s)); }
        let x = parts[0].trim().parse::<i32>().map_err(|e| e.to_string())?;
        let y = parts[1].trim().parse::<i32>().map_err(|e| e.to_string())?;
        Ok(Point { x, y })
    }
}

fn main() {
    let p: Point = "3, 4".parse().unwrap();
    println!("{:?}", p);
    println!("{:?}", "1,x".parse::<Point>());
    println!("{:?}", Point::from_str("5"));
}
// expect: Point { x: 3, y: 4 }
// expect: Err("invalid digit found in string")
// expect: Err("bad point: 5")
