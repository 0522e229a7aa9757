// Returning an iterator that captures a closure: filter then map over a borrowed slice, as impl Iterator + '_.
fn double_positives<'a>(numbers: &'a Vec<i32>) -> impl Iterator<Item = i32> + 'a {
    numbers.iter().filter(|x| x > &&0).map(|x| x * 2)
}

fn main() {
    let singles = vec![-3, -2, 2, 3];
    let doubles = double_positives(&singles);
    assert_eq!(doubles.collect::<Vec<i32>>(), vec![4, 6]);
    println!("{:?}", double_positives(&singles).collect::<Vec<_>>());
}
// expect: [4, 6]
