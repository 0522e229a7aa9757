// `let ... else` binds both halves of a split or returns early from the function.
fn parse_pair(s: &str) -> Option<(i32, i32)> {
    let Some((left, right)) = s.split_once(',') else {
        println!("no comma in {:?}", s);
        return None;
    };
    let Ok(a) = left.trim().parse::<i32>() else {
        return None;
    };
    let Ok(b) = right.trim().parse::<i32>() else {
        return None;
    };
    Some((a, b))
}

fn main() {
    println!("{:?}", parse_pair("3, 4"));
    println!("{:?}", parse_pair("34"));
    println!("{:?}", parse_pair("x,4"));
}
// expect: Some((3, 4))
// expect: no comma in "34"
// expect: None
// expect: None
