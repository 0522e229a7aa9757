// Rustlings-style: a division with a custom error enum, collected both into Result<Vec<_>, _> and Vec<Result<_, _>>.
#[derive(Debug, PartialEq, Eq)]
enum DivisionError {
    NotDivisible(NotDivisibleError),
    DivideByZero,
}

#[derive(Debug, PartialEq, Eq)]
struct NotDivisibleError {
    dividend: i32,
    divisor: i32,
}

fn divide(a: i32, b: i32) -> Result<i32, DivisionError> {
    if b == 0 {
        return Err(DivisionError::DivideByZero);
    }
    if a % b != 0 {
        return Err(DivisionError::NotDivisible(NotDivisibleError { dividend: a, divisor: b }));
    }
    Ok(a / b)
}

fn result_with_list() -> Result<Vec<i32>, DivisionError> {
    let numbers = vec![27, 297, 38502, 81];
    numbers.into_iter().map(|n| divide(n, 27)).collect()
}

fn list_of_results() -> Vec<Result<i32, DivisionError>> {
    let numbers = vec![27, 297, 38502, 81];
    numbers.into_iter().map(|n| divide(n, 27)).collect()
}

fn main() {
    println!("{:?}", divide(81, 9));
    println!("{:?}", divide(81, 6));
    println!("{:?}", divide(81, 0));
    println!("{:?}", result_with_list());
    println!("{:?}", list_of_results());
    let bad: Result<Vec<i32>, DivisionError> = vec![27, 5, 0].into_iter().map(|n| divide(27, n)).collect();
    println!("{:?}", bad);
}
// expect: Ok(9)
// expect: Err(NotDivisible(NotDivisibleError { dividend: 81, divisor: 6 }))
// expect: Err(DivideByZero)
// expect: Ok([1, 11, 1426, 3])
// expect: [Ok(1), Ok(11), Ok(1426), Ok(3)]
// expect: Err(NotDivisible(NotDivisibleError { dividend: 27, divisor: 5 }))
