// Sublist classification with windows and ==, an enum result with derive(Debug, PartialEq).
#[derive(Debug, PartialEq)]
enum Comparison {
    Equal,
    Sublist,
    Superlist,
    Unequal,
}

fn contains(big: &[i32], small: &[i32]) -> bool {
    small.is_empty() || big.windows(small.len()).any(|w| w == small)
}

fn sublist(a: &[i32], b: &[i32]) -> Comparison {
    if a == b {
        Comparison::Equal
    } else if contains(b, a) {
        Comparison::Sublist
    } else if contains(a, b) {
        Comparison::Superlist
    } else {
        Comparison::Unequal
    }
}

fn main() {
    println!("{:?}", sublist(&[1, 2, 3], &[1, 2, 3]));
    println!("{:?}", sublist(&[2, 3], &[1, 2, 3, 4]));
    println!("{:?}", sublist(&[1, 2, 3, 4], &[]));
    println!("{:?}", sublist(&[1, 3], &[1, 2, 3]));
    println!("{}", sublist(&[], &[]) == Comparison::Equal);
}
// expect: Equal
// expect: Sublist
// expect: Superlist
// expect: Unequal
// expect: true
