// impl FromStr for a point "x,y" with a String error; lines parsed with `?`-free map and collect into Result<Vec<_>, _>.
use std::str::FromStr;

#[derive(Debug, PartialEq, Eq, Hash, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

impl FromStr for Point {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (x, y) = s.split_once(',').ok_or(format!("no comma in {s:?}"))?;
        let x = x.trim().parse().map_err(|e| format!("x: {e}"))?;
        let y = y.trim().parse().map_err(|e| format!("y: {e}"))?;
        Ok(Point { x, y })
    }
}

fn main() {
    let good: Result<Vec<Point>, String> = "1,2\n3, 4\n-5,6".lines().map(str::parse).collect();
    println!("{:?}", good);
    let bad: Result<Vec<Point>, String> = "1,2\n3;4\n5,x".lines().map(|l| l.parse()).collect();
    println!("{:?}", bad);
    println!("{:?}", "7,y".parse::<Point>());
}
// expect: Ok([Point { x: 1, y: 2 }, Point { x: 3, y: 4 }, Point { x: -5, y: 6 }])
// expect: Err("no comma in \"3;4\"")
// expect: Err("y: invalid digit found in string")
