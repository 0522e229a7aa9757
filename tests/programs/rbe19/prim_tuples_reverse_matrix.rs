// Tuples: a function swapping a pair, nested tuples printed with Debug, and a Matrix tuple struct with Display.
use std::fmt;

fn reverse(pair: (i32, bool)) -> (bool, i32) {
    let (int_param, bool_param) = pair;
    (bool_param, int_param)
}

#[derive(Debug)]
struct Matrix(f32, f32, f32, f32);

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "( {} {} )", self.0, self.1)?;
        write!(f, "( {} {} )", self.2, self.3)
    }
}

fn transpose(m: Matrix) -> Matrix {
    Matrix(m.0, m.2, m.1, m.3)
}

fn main() {
    let long_tuple = (1u8, 2u16, 3u32, 4u64, -1i8, -2i16, -3i32, -4i64, 0.1f32, 0.2f64, 'a', true);
    println!("Long tuple first value: {}", long_tuple.0);
    println!("Long tuple second value: {}", long_tuple.1);
    let tuple_of_tuples = ((1u8, 2u16, 2u32), (4u64, -1i8), -2i16);
    println!("tuple of tuples: {:?}", tuple_of_tuples);
    let pair = (1, true);
    println!("Pair is {:?}", pair);
    println!("The reversed pair is {:?}", reverse(pair));
    println!("One element tuple: {:?}", (5u32,));
    println!("Just an integer: {:?}", (5u32));
    let tuple = (1, "hello", 4.5, true);
    let (a, b, c, d) = tuple;
    println!("{:?}, {:?}, {:?}, {:?}", a, b, c, d);
    let matrix = Matrix(1.1, 1.2, 2.1, 2.2);
    println!("{:?}", matrix);
    println!("Matrix:\n{}", matrix);
    println!("Transpose:\n{}", transpose(matrix));
}
// expect: Long tuple first value: 1
// expect: Long tuple second value: 2
// expect: tuple of tuples: ((1, 2, 2), (4, -1), -2)
// expect: Pair is (1, true)
// expect: The reversed pair is (true, 1)
// expect: One element tuple: (5,)
// expect: Just an integer: 5
// expect: 1, "hello", 4.5, true
// expect: Matrix(1.1, 1.2, 2.1, 2.2)
// expect: Matrix:
// expect: ( 1.1 1.2 )
// expect: ( 2.1 2.2 )
// expect: Transpose:
// expect: ( 1.1 2.1 )
// expect: ( 1.2 2.2 )
