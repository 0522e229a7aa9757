// Rustlings-style: matching an Option<Point> with `ref p` (or on `&y`) keeps it usable afterwards.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn maybe_icecream(time_of_day: u16) -> Option<u16> {
    if time_of_day > 23 {
        None
    } else if time_of_day < 22 {
        Some(5)
    } else {
        Some(0)
    }
}

fn main() {
    let y: Option<Point> = Some(Point { x: 100, y: 200 });
    match y {
        Some(ref p) => println!("Co-ordinates are {},{}", p.x, p.y),
        _ => panic!("no match!"),
    }
    match &y {
        Some(p) => println!("again {},{}", p.x, p.y),
        None => {}
    }
    println!("{:?}", y);
    for t in [9, 10, 23, 22, 25] {
        println!("{} -> {:?}", t, maybe_icecream(t));
    }
    println!("{}", maybe_icecream(12).unwrap());
}
// expect: Co-ordinates are 100,200
// expect: again 100,200
// expect: Some(Point { x: 100, y: 200 })
// expect: 9 -> Some(5)
// expect: 10 -> Some(5)
// expect: 23 -> Some(0)
// expect: 22 -> Some(0)
// expect: 25 -> None
// expect: 5
