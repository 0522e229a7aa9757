// let-else splitting "key=value" with split_once and returning early on a malformed line.
fn parse(line: &str) -> Option<(String, i32)> {
    let Some((k, v)) = line.split_once('=') else {
        println!("no '=' in {:?}", line);
        return None;
    };
    let Ok(n) = v.trim().parse::<i32>() else {
        println!("bad number in {:?}", line);
        return None;
    };
    Some((k.trim().to_string(), n))
}

fn main() {
    for l in ["width = 80", "height", "depth=x"] {
        println!("{:?}", parse(l));
    }
}
// expect: Some(("width", 80))
// expect: no '=' in "height"
// expect: None
// expect: bad number in "depth=x"
// expect: None
