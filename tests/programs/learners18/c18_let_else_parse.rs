// let else returning early, and if let ... else if let ... else chains.
fn parse_pair(s: &str) -> Option<(i32, i32)> {
    let Some((a, b)) = s.split_once(',') else {
        println!("no comma in {s:?}");
        return None;
    };
    let Ok(a) = a.trim().parse::<i32>() else {
        return None;
    };
    let Ok(b) = b.trim().parse::<i32>() else {
        println!("bad second in {s:?}");
        return None;
    };
    Some((a, b))
}

fn main() {
    for s in ["3, 4", "nope", "1,x", "10 ,-2"] {
        println!("{:?}", parse_pair(s));
    }
    let favorite_color: Option<&str> = None;
    let is_tuesday = false;
    let age: Result<u8, _> = "34".parse();
    if let Some(color) = favorite_color {
        println!("Using your favorite color, {color}, as the background");
    } else if is_tuesday {
        println!("Tuesday is green day!");
    } else if let Ok(age) = age {
        if age > 30 {
            println!("Using purple as the background color");
        } else {
            println!("Using orange as the background color");
        }
    } else {
        println!("Using blue as the background color");
    }
}
// expect: Some((3, 4))
// expect: no comma in "nope"
// expect: None
// expect: bad second in "1,x"
// expect: None
// expect: Some((10, -2))
// expect: Using purple as the background color
