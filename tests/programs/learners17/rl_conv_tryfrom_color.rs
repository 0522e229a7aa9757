// Rustlings-style: TryFrom<(i16, i16, i16)>, TryFrom<[i16; 3]> and TryFrom<&[i16]> for a Color with an IntoColorError enum.
use std::convert::TryFrom;

#[derive(Debug, PartialEq)]
struct Color {
    red: u8,
    green: u8,
    blue: u8,
}

#[derive(Debug, PartialEq)]
enum IntoColorError {
    BadLen,
    IntConversion,
}

fn component(v: i16) -> Result<u8, IntoColorError> {
    if (0..=255).contains(&v) {
        Ok(v as u8)
    } else {
        Err(IntoColorError::IntConversion)
    }
}

impl TryFrom<(i16, i16, i16)> for Color {
    type Error = IntoColorError;
    fn try_from(tuple: (i16, i16, i16)) -> Result<Self, Self::Error> {
        Ok(Color { red: component(tuple.0)?, green: component(tuple.1)?, blue: component(tuple.2)? })
    }
}

impl TryFrom<[i16; 3]> for Color {
    type Error = IntoColorError;
    fn try_from(arr: [i16; 3]) -> Result<Self, Self::Error> {
        Color::try_from((arr[0], arr[1], arr[2]))
    }
}

impl TryFrom<&[i16]> for Color {
    type Error = IntoColorError;
    fn try_from(slice: &[i16]) -> Result<Self, Self::Error> {
        if slice.len() != 3 {
            return Err(IntoColorError::BadLen);
        }
        Color::try_from((slice[0], slice[1], slice[2]))
    }
}

fn main() {
    println!("{:?}", Color::try_from((183, 65, 14)));
    println!("{:?}", Color::try_from((256, 1000, 10000)));
    println!("{:?}", Color::try_from([183, 65, 14]));
    println!("{:?}", Color::try_from([-1, 65, 14]));
    let v = vec![183, 65, 14];
    println!("{:?}", Color::try_from(&v[..]));
    println!("{:?}", Color::try_from(&v[..2]));
    let c: Result<Color, _> = (1, 2, 3).try_into();
    println!("{:?}", c);
}
// expect: Ok(Color { red: 183, green: 65, blue: 14 })
// expect: Err(IntConversion)
// expect: Ok(Color { red: 183, green: 65, blue: 14 })
// expect: Err(IntConversion)
// expect: Ok(Color { red: 183, green: 65, blue: 14 })
// expect: Err(BadLen)
// expect: Ok(Color { red: 1, green: 2, blue: 3 })
