// Rustlings' try_from_into: a Color by TryFrom from a tuple, an array and a slice, by `Color::try_from` and by std's blanket `try_into`, Ok and Err.

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

impl TryFrom<(i16, i16, i16)> for Color {
    type Error = IntoColorError;
    fn try_from(tuple: (i16, i16, i16)) -> Result<Self, Self::Error> {
        let (r, g, b) = tuple;
        if r < 0 || r > 255 || g < 0 || g > 255 || b < 0 || b > 255 {
            return Err(IntoColorError::IntConversion);
        }
        Ok(Color { red: r as u8, green: g as u8, blue: b as u8 })
    }
}

impl TryFrom<[i16; 3]> for Color {
    type Error = IntoColorError;
    fn try_from(arr: [i16; 3]) -> Result<Self, Self::Error> {
        Self::try_from((arr[0], arr[1], arr[2]))
    }
}

impl TryFrom<&[i16]> for Color {
    type Error = IntoColorError;
    fn try_from(slice: &[i16]) -> Result<Self, Self::Error> {
        if slice.len() != 3 {
            return Err(IntoColorError::BadLen);
        }
        Self::try_from((slice[0], slice[1], slice[2]))
    }
}

fn main() {
    let c1 = Color::try_from((183, 65, 14));
    println!("{:?}", c1);
    let c2: Result<Color, _> = [183, 65, 14].try_into();
    println!("{:?}", c2);
    let v = vec![183, 65, 14];
    let c3 = Color::try_from(&v[..]);
    println!("{:?}", c3);
    let c4: Result<Color, _> = (&v[..]).try_into();
    println!("{:?}", c4);
    let c5: Result<Color, IntoColorError> = (256, 0, 0).try_into();
    println!("{:?}", c5);
    let c6 = Color::try_from(&[1i16, 2][..]);
    assert_eq!(c6, Err(IntoColorError::BadLen));
    println!("{:?}", c6);
}
// expect: Ok(Color { red: 183, green: 65, blue: 14 })
// expect: Ok(Color { red: 183, green: 65, blue: 14 })
// expect: Ok(Color { red: 183, green: 65, blue: 14 })
// expect: Ok(Color { red: 183, green: 65, blue: 14 })
// expect: Err(IntConversion)
// expect: Err(BadLen)
