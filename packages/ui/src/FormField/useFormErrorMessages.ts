'use client';
import type { FormErrorMessages } from '@plugboard/core';
import { useMemo } from 'react';
import { useMessages } from '../messages/PlugboardMessages';
import { formErrorMessagesFrom } from './formErrorMessagesFrom';

/** The validation sentences in the current language, stable while the messages are. */
export function useFormErrorMessages(): FormErrorMessages {
  const { messages } = useMessages();
  return useMemo(() => formErrorMessagesFrom(messages.form), [messages.form]);
}
