#pragma once

#include <utility>
#include <variant>

namespace mcpdock {

// A value or an error: the return type of every operation that can fail for a reason the user must
// read. C++20 has no std::expected (C++23), so this is the small part of it we use.
template <typename T, typename E>
class Expected
{
public:
    Expected(const T& value)
        : m_v(std::in_place_index<0>, value)
    {}
    Expected(T&& value)
        : m_v(std::in_place_index<0>, std::move(value))
    {}
    Expected(const E& error)
        : m_v(std::in_place_index<1>, error)
    {}
    Expected(E&& error)
        : m_v(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    const E& error() const { return std::get<1>(m_v); }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

private:
    std::variant<T, E> m_v;
};

// For operations that return nothing on success.
struct Done
{};

} // namespace mcpdock
