// Exercism-style: classifying two slices as equal, sublist, superlist or unequal with windows().
#[derive(Debug, PartialEq, Eq)]
enum Comparison {
    Equal,
    Sublist,
    Superlist,
    Unequal,
}

fn contains<T: PartialEq>(big: &[T], small: &[T]) -> bool {
    small.is_empty() || big.windows(small.len()).any(|w| w == small)
}

fn sublist<T: PartialEq>(first: &[T], second: &[T]) -> Comparison {
    if first == second {
        Comparison::Equal
    } else if contains(second, first) {
        Comparison::Sublist
    } else if contains(first, second) {
        Comparison::Superlist
    } else {
        Comparison::Unequal
    }
}

fn main() {
    let empty: [u32; 0] = [];
    println!("{:?}", sublist(&empty, &empty));
    println!("{:?}", sublist(&empty, &[1, 2, 3]));
    println!("{:?}", sublist(&[1, 2, 3], &[0, 1, 2, 3, 4]));
    println!("{:?}", sublist(&[0, 1, 2, 3, 4], &[2, 3]));
    println!("{:?}", sublist(&[1, 2, 4], &[1, 2, 3, 4]));
    println!("{:?}", sublist(&['a', 'b'], &['a', 'b']));
}
// expect: Equal
// expect: Sublist
// expect: Sublist
// expect: Superlist
// expect: Unequal
// expect: Equal
