// `?` returning early from inside a place expression (`*it.next()?`, `pair()?.0`, `list()?[1]`) leaves the function with None before anything is read through it.
fn first<T: Copy>(items: &[T]) -> Option<T> {
    let mut it = items.iter();
    let best = *it.next()?;
    Some(best)
}

fn pair(give: bool) -> Option<(u8, u8)> {
    if give { Some((4, 5)) } else { None }
}

fn left(give: bool) -> Option<u8> {
    Some(pair(give)?.0 + 1)
}

fn second(v: Option<Vec<i32>>) -> Option<i32> {
    Some(v?[1] * 10)
}

fn main() {
    println!("{:?} {:?}", first::<f64>(&[]), first(&[2, 3]));
    println!("{:?} {:?}", left(true), left(false));
    println!("{:?} {:?}", second(Some(vec![1, 2])), second(None));
}
// expect: None Some(2)
// expect: Some(5) None
// expect: Some(20) None
